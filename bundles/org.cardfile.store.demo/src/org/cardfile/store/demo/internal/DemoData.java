package org.cardfile.store.demo.internal;

import org.cardfile.store.jpa.foundation.records.CustomerFields;
import org.cardfile.store.jpa.foundation.records.Keys;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.cardfile.core.model.Address;
import org.cardfile.core.model.Channel;
import org.cardfile.core.model.CodeKind;
import org.cardfile.core.model.Customer;
import org.cardfile.core.model.Direction;
import org.cardfile.core.model.Email;
import org.cardfile.core.model.Phone;
import org.cardfile.core.model.PhoneType;
import org.cardfile.core.model.Role;
import org.cardfile.store.jpa.foundation.DemoContribution;
import org.cardfile.store.jpa.foundation.DemoDataSet;
import org.cardfile.store.jpa.foundation.PhoneNumbers;
import org.cardfile.store.jpa.foundation.entity.CodeEntity;
import org.cardfile.store.jpa.foundation.entity.CustomerEntity;
import org.cardfile.store.jpa.foundation.entity.EmployeeEntity;
import org.cardfile.store.jpa.foundation.entity.InteractionEntity;
import org.cardfile.store.jpa.foundation.entity.OfficeEntity;
import org.cardfile.store.jpa.foundation.entity.ProductEntity;
import org.cardfile.store.jpa.foundation.entity.ProductImageEntity;
import org.cardfile.store.jpa.foundation.entity.PurchaseEntity;

import org.osgi.service.component.annotations.Component;

import jakarta.persistence.EntityManager;

/**
 * The demo data set a newcomer can take on first start: two offices, one login per role (password
 * {@value #PASSWORD}), support codes, customers with contact history, and products with pictures.
 */
@Component(service = DemoDataSet.class)
public final class DemoData implements DemoDataSet {
    static final String PASSWORD = "cardfile";

    private static final String[] FIRST = { "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
            "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
            "Sarah", "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony" };
    private static final String[] LAST = { "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
            "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas",
            "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Clark", "Lewis" };
    private static final String[] STREETS = { "Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Elm St", "Lincoln Ave",
            "Washington Blvd", "Lake Shore Dr", "Park Pl", "Monroe St" };
    private static final String[] CITIES = { "Springfield", "Chicago", "Naperville", "Peoria", "Champaign" };
    private static final String[] AREAS = { "217", "312", "630" };
    private static final String[][] PROBLEMS = { { "P01", "Will not power on" }, { "P02", "Intermittent shutdown" },
            { "P03", "Display defect" }, { "P04", "No network connection" }, { "P05", "Noise or vibration" },
            { "P06", "Physical damage on arrival" }, { "P07", "Missing parts" }, { "P08", "Software error" },
            { "P09", "Battery does not charge" }, { "P10", "Billing question" } };
    private static final String[][] SOLUTIONS = { { "S01", "Replaced power supply" }, { "S02", "Firmware updated" },
            { "S03", "Replaced display" }, { "S04", "Reset network settings" }, { "S05", "Tightened fittings" },
            { "S06", "Shipped replacement unit" }, { "S07", "Sent missing parts" }, { "S08", "Walked customer through fix" },
            { "S09", "Replaced battery" }, { "S10", "Credit issued" } };
    private static final String[][] PRODUCTS = { { "VAC-100", "Upright vacuum cleaner", "149.00" },
            { "VAC-200", "Cordless stick vacuum", "229.00" }, { "MIC-300", "Countertop microwave", "119.50" },
            { "COF-110", "Drip coffee maker", "59.99" }, { "COF-220", "Espresso machine", "449.00" },
            { "TOA-010", "Two-slice toaster", "34.99" }, { "BLE-500", "High-speed blender", "189.00" },
            { "AIR-700", "Air purifier", "259.00" }, { "FAN-040", "Tower fan", "79.00" },
            { "HEA-090", "Ceramic space heater", "64.50" }, { "DEH-300", "Dehumidifier 30 pint", "219.00" },
            { "WAS-800", "Front-load washer", "899.00" }, { "DRY-800", "Electric dryer", "799.00" },
            { "DIS-450", "Dishwasher", "649.00" }, { "REF-900", "French-door refrigerator", "1999.00" },
            { "RNG-600", "Electric range", "1099.00" }, { "HOO-300", "Range hood", "329.00" },
            { "ICE-120", "Countertop ice maker", "139.00" }, { "KET-020", "Electric kettle", "39.99" },
            { "MIX-350", "Stand mixer", "379.00" } };

    private final PhoneNumbers phones = new PhoneNumbers();
    /** Writes the foundation's demo rows; answers the demo offices for the capabilities' own. */
    @Override
    public DemoContribution.DemoOffices load(EntityManager em, Function<char[], String> hashPassword) {
        OfficeEntity spr = office(em, "SPR", "Springfield Leasing Office");
        OfficeEntity shv = office(em, "SHV", "Shelbyville Repair Facility");
        // foreign keys on plain id columns are invisible to EclipseLink's commit order: write parents first
        em.flush();
        EmployeeEntity alice = employee(em, hashPassword, spr, "alice", "Alice Adams", Role.CALL_CENTER_REP);
        employee(em, hashPassword, spr, "admin", "Ada Admin", Role.ADMIN);
        employee(em, hashPassword, spr, "walter", "Walter West", Role.WAREHOUSE_REP);
        employee(em, hashPassword, spr, "clara", "Clara Client", Role.CLIENT);
        EmployeeEntity rita = employee(em, hashPassword, shv, "rita", "Rita Repair", Role.REPAIR_REP);
        codes(em, CodeKind.PROBLEM, PROBLEMS);
        codes(em, CodeKind.SOLUTION, SOLUTIONS);
        List<ProductEntity> sprProducts = products(em, spr);
        products(em, shv);
        for (int i = 0; i < 230; i++) {
            OfficeEntity office = i < 200 ? spr : shv;
            CustomerEntity c = customer(em, office, i);
            em.flush();
            history(em, c, i, office == spr ? alice : rita);
            if (office == spr && i % 3 == 0) {
                purchase(em, c, sprProducts.get(i % sprProducts.size()), i);
            }
        }
        em.flush();
        return new DemoContribution.DemoOffices(spr.id, shv.id);
    }

    private static OfficeEntity office(EntityManager em, String code, String name) {
        OfficeEntity o = new OfficeEntity();
        o.code = code;
        o.name = name;
        o.defaultRegion = "US";
        em.persist(o);
        return o;
    }

    private static EmployeeEntity employee(EntityManager em, Function<char[], String> hashPassword,
            OfficeEntity office, String login, String name, Role role) {
        EmployeeEntity e = new EmployeeEntity();
        e.login = login;
        e.displayName = name;
        e.officeId = office.id;
        e.roles = EmployeeEntity.rolesColumn(Set.of(role));
        e.active = true;
        // hashed per login so that each gets its own salt
        e.passwordHash = hashPassword.apply(PASSWORD.toCharArray());
        em.persist(e);
        return e;
    }

    private static void codes(EntityManager em, CodeKind kind, String[][] codes) {
        for (String[] c : codes) {
            CodeEntity e = new CodeEntity();
            e.kind = kind.name();
            e.code = c[0];
            e.description = c[1];
            e.active = true;
            em.persist(e);
        }
    }

    private CustomerEntity customer(EntityManager em, OfficeEntity office, int i) {
        boolean ben = i == 126; // the customer the README's walkthrough looks up: (217) 555-0142
        String first = ben ? "Ben" : FIRST[i % FIRST.length];
        String last = ben ? "Baker" : LAST[(i * 7) % LAST.length];
        String number = "(" + AREAS[i % 3] + ") 555-" + String.format("%04d", 100 + i / 3);
        String email = ben ? "ben.baker@example.com"
                : (first + "." + last + i + "@example.com").toLowerCase(java.util.Locale.ROOT);
        Customer record = new Customer(0, 0, String.format("C-%06d", office.nextCustomerNumber++), first, last,
                i % 11 == 0 ? LAST[i % LAST.length] + " Holdings" : "",
                new Address((100 + i * 13) + " " + STREETS[i % STREETS.length], CITIES[i % CITIES.length], "IL",
                        String.format("62%03d", 700 + i % 300), "US"),
                List.of(Phone.of(i % 2 == 0 ? PhoneType.MOBILE : PhoneType.HOME, number)),
                List.of(new Email("home", email)), "", office.id);
        CustomerEntity e = new CustomerEntity();
        e.officeId = office.id;
        CustomerFields.apply(record, List.of(phones.normalise(number, "US").orElseThrow()), e);
        e.updatedBy = "Demo data";
        e.updatedAt = Instant.now();
        em.persist(e);
        return e;
    }

    private static void history(EntityManager em, CustomerEntity c, int i, EmployeeEntity rep) {
        for (int k = 0; k < i % 4; k++) {
            InteractionEntity e = new InteractionEntity();
            e.customerId = c.id;
            e.officeId = c.officeId;
            e.channel = Channel.values()[(i + k) % 4].name();
            e.direction = k % 3 == 2 ? Direction.OUTBOUND.name() : Direction.INBOUND.name();
            e.occurredAt = Instant.now().minus(Duration.ofHours(24L * (i % 60) + 5L * k));
            e.employeeId = rep.id;
            e.employeeName = rep.displayName;
            e.problemCode = PROBLEMS[(i + k) % PROBLEMS.length][0];
            e.solutionCode = SOLUTIONS[(i + k) % SOLUTIONS.length][0];
            e.notes = "Customer reported: " + PROBLEMS[(i + k) % PROBLEMS.length][1].toLowerCase(java.util.Locale.ROOT) + ".";
            em.persist(e);
        }
    }

    private static void purchase(EntityManager em, CustomerEntity c, ProductEntity p, int i) {
        PurchaseEntity e = new PurchaseEntity();
        e.customerId = c.id;
        e.officeId = c.officeId;
        e.productId = p.id;
        e.sku = p.sku;
        e.productName = p.name;
        e.quantity = 1 + i % 2;
        e.unitPrice = p.price;
        e.purchasedOn = LocalDate.now().minusDays(i % 400);
        e.serialNumber = p.sku + "-" + (10000 + i);
        em.persist(e);
    }

    private static List<ProductEntity> products(EntityManager em, OfficeEntity office) {
        List<ProductEntity> list = new java.util.ArrayList<>();
        for (int i = 0; i < PRODUCTS.length; i++) {
            ProductEntity p = new ProductEntity();
            p.officeId = office.id;
            p.sku = PRODUCTS[i][0];
            p.skuKey = Keys.upper(p.sku);
            p.name = PRODUCTS[i][1];
            p.nameKey = Keys.upper(p.name);
            p.description = PRODUCTS[i][1] + ", demo catalogue item.";
            p.price = new BigDecimal(PRODUCTS[i][2]);
            p.reorderPoint = 5 + i % 5;
            p.stockOnHand = i % 4 == 0 ? p.reorderPoint - 1 : 10 + 7 * i;
            p.hasImage = true;
            p.updatedBy = "Demo data";
            p.updatedAt = Instant.now();
            em.persist(p);
            em.flush();
            ProductImageEntity image = new ProductImageEntity();
            image.productId = p.id;
            image.mediaType = "image/png";
            image.data = picture(i, p.sku);
            em.persist(image);
            list.add(p);
        }
        return list;
    }

    /** A small labelled tile so each demo product shows a distinct picture. */
    private static byte[] picture(int i, String label) {
        BufferedImage img = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.getHSBColor(i / (float) PRODUCTS.length, 0.45f, 0.9f));
            g.fillRect(0, 0, 160, 120);
            g.setColor(Color.DARK_GRAY);
            g.drawRect(4, 4, 151, 111);
            g.drawString(label, 50, 64);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw the demo picture for " + label, e);
        }
        return png.toByteArray();
    }
}
