/* TRUTH: racy — request_firmware reload rewrites priv->fw_image (memset+memcpy) under fw_lock while the sysfs 'fw_crc' show routine checksums the image through a byte-pointer helper without taking fw_lock */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define FW_SIZE 32
struct device { void *driver_data; };
static void *dev_get_drvdata(struct device *d) { return d->driver_data; }
static void dev_set_drvdata(struct device *d, void *p) { d->driver_data = p; }

struct mcu_priv {
    pthread_mutex_t fw_lock;
    uint8_t fw_image[FW_SIZE];
    int fw_loaded;
};

static struct mcu_priv mcu = { .fw_lock = PTHREAD_MUTEX_INITIALIZER };
static struct device mcu_device;

static const uint8_t blob_a[FW_SIZE] = { 1, 2, 3, 4, 5, 6, 7, 8 };
static const uint8_t blob_b[FW_SIZE] = { 8, 7, 6, 5, 4, 3, 2, 1 };

static uint8_t crc8(const uint8_t *p, size_t len) {
    uint8_t crc = 0;
    for (size_t i = 0; i < len; i++) {
        crc ^= p[i];
        for (int b = 0; b < 8; b++) crc = (uint8_t)((crc & 0x80) ? (crc << 1) ^ 0x07 : crc << 1);
    }
    return crc;
}

static void mcu_reload_fw(struct mcu_priv *m, const uint8_t *blob) {
    pthread_mutex_lock(&m->fw_lock);
    memset(mcu.fw_image, 0, sizeof(mcu.fw_image));
    memcpy(mcu.fw_image, blob, FW_SIZE);
    m->fw_loaded++;
    pthread_mutex_unlock(&m->fw_lock);
}

static int fw_crc_show(struct device *dev, char *buf) {
    struct mcu_priv *m = dev_get_drvdata(dev);
    /* read-only, so "no lock needed" */
    return sprintf(buf, "%02x\n", crc8(m->fw_image, FW_SIZE));
}

static void *fw_loader(void *a) {
    (void)a;
    for (int i = 0; i < 20; i++) { mcu_reload_fw(&mcu, (i & 1) ? blob_a : blob_b); usleep(25); }
    return NULL;
}

static void *sysfs_reader(void *a) {
    char buf[16];
    long acc = 0;
    for (int i = 0; i < 20; i++) { fw_crc_show(a, buf); acc += buf[0]; usleep(25); }
    return (void *)acc;
}

int main(void) {
    pthread_t l, r;
    dev_set_drvdata(&mcu_device, &mcu);
    pthread_create(&l, NULL, fw_loader, NULL);
    pthread_create(&r, NULL, sysfs_reader, &mcu_device);
    pthread_join(l, NULL);
    pthread_join(r, NULL);
    printf("%d\n", mcu.fw_loaded);
    return 0;
}
