/* TRUTH: free — the ioctl handler has several early-exit paths that all leave through the out_unlock label; every access to the shared table happens between lock and that label */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define NENT 8
struct keymap_dev {
    pthread_mutex_t lock;
    int map[NENT];
    int nr_set;
    int last_err;
};

static struct keymap_dev km = { .lock = PTHREAD_MUTEX_INITIALIZER };

static long keymap_ioctl_set(struct keymap_dev *k, int idx, int val) {
    long ret = 0;
    pthread_mutex_lock(&k->lock);
    if (idx < 0 || idx >= NENT) { ret = -EINVAL; goto out_unlock; }
    if (val < 0) { ret = -ERANGE; goto out_unlock; }
    if (k->map[idx] == val) goto out_unlock;
    if (!k->map[idx]) k->nr_set++;
    k->map[idx] = val;
out_unlock:
    if (ret) k->last_err = (int)ret;
    pthread_mutex_unlock(&k->lock);
    return ret;
}

static void *setter(void *a) {
    long base = (long)a;
    for (int i = 0; i < 20; i++) { keymap_ioctl_set(&km, (int)((base + i) % 10), (i % 5) - 1); usleep(5); }
    return NULL;
}

int main(void) {
    pthread_t t[2];
    pthread_create(&t[0], NULL, setter, (void *)0L);
    pthread_create(&t[1], NULL, setter, (void *)3L);
    pthread_join(t[0], NULL);
    pthread_join(t[1], NULL);
    printf("%d %d\n", km.nr_set, km.last_err);
    return 0;
}
