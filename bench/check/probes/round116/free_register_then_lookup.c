/* TRUTH: free — probe fully initialises the device before publishing it in the class table under table_lock; clients only read the immutable fields after finding it under the same lock */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define MAX_DEVS 4
struct class_dev {
    int minor;
    int irq;
    char name[16];
};

static pthread_mutex_t table_lock = PTHREAD_MUTEX_INITIALIZER;
static struct class_dev *table[MAX_DEVS];
static struct class_dev storage[MAX_DEVS];

static void class_register(struct class_dev *d) {
    pthread_mutex_lock(&table_lock);
    table[d->minor] = d;
    pthread_mutex_unlock(&table_lock);
}

static struct class_dev *class_find(int minor) {
    struct class_dev *d;
    pthread_mutex_lock(&table_lock);
    d = table[minor];
    pthread_mutex_unlock(&table_lock);
    return d;
}

static void *probe_thread(void *a) {
    (void)a;
    for (int i = 0; i < MAX_DEVS; i++) {
        struct class_dev *d = &storage[i];
        d->minor = i;
        d->irq = 32 + i;
        snprintf(d->name, sizeof d->name, "ttyX%d", i);
        class_register(d);
        usleep(20);
    }
    return NULL;
}

static void *client_thread(void *a) {
    int minor = (int)(long)a;
    struct class_dev *d;
    while (!(d = class_find(minor))) usleep(10);
    return (void *)(long)(d->irq + (int)strlen(d->name));
}

int main(void) {
    pthread_t p, c[2];
    pthread_create(&c[0], NULL, client_thread, (void *)1L);
    pthread_create(&c[1], NULL, client_thread, (void *)3L);
    pthread_create(&p, NULL, probe_thread, NULL);
    pthread_join(p, NULL);
    for (int i = 0; i < 2; i++) pthread_join(c[i], NULL);
    printf("ok\n");
    return 0;
}
