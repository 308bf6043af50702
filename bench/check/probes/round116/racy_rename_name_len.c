/* TRUTH: racy — the 'label' sysfs store strncpy()s into led->name under led->lock, but the brightness write path formats a log prefix by walking the name through a const char * helper with no lock */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct file { void *private_data; };

struct led_dev {
    pthread_mutex_t lock;
    char name[24];
    int brightness;
};

static struct led_dev leds[1] = { { .lock = PTHREAD_MUTEX_INITIALIZER, .name = "led0" } };

static int name_width(const char *s) {
    int n = 0;
    while (s[n] && n < 23) n++;
    return n;
}

static void label_store(struct led_dev *l, const char *label) {
    pthread_mutex_lock(&l->lock);
    strncpy(leds[0].name, label, sizeof(leds[0].name) - 1);
    pthread_mutex_unlock(&l->lock);
}

static long led_write(struct file *f, int value) {
    struct led_dev *l = f->private_data;
    int w = name_width(l->name);          /* for the debug print */
    pthread_mutex_lock(&l->lock);
    l->brightness = value;
    pthread_mutex_unlock(&l->lock);
    return w;
}

static void *udev_thread(void *a) {
    (void)a;
    for (int i = 0; i < 20; i++) { label_store(&leds[0], (i & 1) ? "status:green" : "power:red"); usleep(20); }
    return NULL;
}
static void *app_thread(void *a) {
    struct file *f = a;
    long acc = 0;
    for (int i = 0; i < 20; i++) { acc += led_write(f, i); usleep(20); }
    return (void *)acc;
}

int main(void) {
    pthread_t u, p;
    static struct file filp;
    filp.private_data = &leds[0];          /* led_open() */
    pthread_create(&u, NULL, udev_thread, NULL);
    pthread_create(&p, NULL, app_thread, &filp);
    pthread_join(u, NULL);
    pthread_join(p, NULL);
    printf("%s %d\n", leds[0].name, leds[0].brightness);
    return 0;
}
