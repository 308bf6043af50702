/* TRUTH: free — the firmware image is rewritten with memset/memcpy under fw_lock, and the sysfs checksum routine takes fw_lock around its byte-pointer crc helper */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define FW_SIZE 32
struct device { void *driver_data; };
static void *dev_get_drvdata(struct device *d) { return d->driver_data; }

struct dsp_priv {
    pthread_mutex_t fw_lock;
    uint8_t fw_image[FW_SIZE];
    int fw_loaded;
};

static struct dsp_priv dsp = { .fw_lock = PTHREAD_MUTEX_INITIALIZER };
static struct device dsp_device = { &dsp };
static const uint8_t blob[FW_SIZE] = { 9, 8, 7, 6, 5, 4, 3, 2, 1 };

static uint8_t crc8(const uint8_t *p, size_t len) {
    uint8_t crc = 0xff;
    for (size_t i = 0; i < len; i++) crc = (uint8_t)((crc << 1) ^ p[i]);
    return crc;
}

static void dsp_reload_fw(struct dsp_priv *d) {
    pthread_mutex_lock(&d->fw_lock);
    memset(dsp.fw_image, 0, sizeof(dsp.fw_image));
    memcpy(dsp.fw_image, blob, FW_SIZE);
    d->fw_loaded++;
    pthread_mutex_unlock(&d->fw_lock);
}

static int fw_crc_show(struct device *dev, char *buf) {
    struct dsp_priv *d = dev_get_drvdata(dev);
    uint8_t c;
    pthread_mutex_lock(&d->fw_lock);
    c = crc8(d->fw_image, FW_SIZE);
    pthread_mutex_unlock(&d->fw_lock);
    return sprintf(buf, "%02x\n", c);
}

static void *loader(void *a) { for (int i = 0; i < 20; i++) { dsp_reload_fw(a); usleep(10); } return NULL; }
static void *reader(void *a) { char b[8]; long s = 0; for (int i = 0; i < 20; i++) { fw_crc_show(a, b); s += b[0]; usleep(10); } return (void *)s; }

int main(void) {
    pthread_t l, r;
    pthread_create(&l, NULL, loader, &dsp);
    pthread_create(&r, NULL, reader, &dsp_device);
    pthread_join(l, NULL);
    pthread_join(r, NULL);
    printf("%d\n", dsp.fw_loaded);
    return 0;
}
