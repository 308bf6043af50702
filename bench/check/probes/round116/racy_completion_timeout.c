/* TRUTH: racy — the same completion is signalled both by the firmware loader (after filling dev->fw_caps) and by a timeout timer; when the timer fires first, probe reads fw_caps while the loader is still writing it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct completion { pthread_mutex_t lock; pthread_cond_t wq; int done; };

static void init_completion(struct completion *c) {
    pthread_mutex_init(&c->lock, NULL);
    pthread_cond_init(&c->wq, NULL);
    c->done = 0;
}
static void complete(struct completion *c) {
    pthread_mutex_lock(&c->lock);
    c->done = 1;
    pthread_cond_broadcast(&c->wq);
    pthread_mutex_unlock(&c->lock);
}
static void wait_for_completion(struct completion *c) {
    pthread_mutex_lock(&c->lock);
    while (!c->done) pthread_cond_wait(&c->wq, &c->lock);
    pthread_mutex_unlock(&c->lock);
}

struct wifi_dev {
    struct completion fw_ready;
    unsigned fw_caps;
    int fw_timed_out;
};

static struct wifi_dev wdev;

static void *fw_loader(void *arg) {
    struct wifi_dev *w = arg;
    usleep(5000);                 /* slow flash */
    w->fw_caps = 0xbeef;
    complete(&w->fw_ready);
    return NULL;
}

static void *fw_timeout_timer(void *arg) {
    struct wifi_dev *w = arg;
    usleep(200);
    complete(&w->fw_ready);       /* give up waiting */
    return NULL;
}

int main(void) {
    pthread_t ld, tm;
    init_completion(&wdev.fw_ready);
    pthread_create(&ld, NULL, fw_loader, &wdev);
    pthread_create(&tm, NULL, fw_timeout_timer, &wdev);
    wait_for_completion(&wdev.fw_ready);
    unsigned caps = wdev.fw_caps;      /* probe continues */
    usleep(6000);
    pthread_join(ld, NULL);
    pthread_join(tm, NULL);
    printf("caps=%x\n", caps);
    return 0;
}
