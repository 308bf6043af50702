/* TRUTH: free — the async firmware loader fills dev->fw_* and then complete()s under the completion mutex; probe reads the fields only after wait_for_completion() returns */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct completion {
    pthread_mutex_t lock;
    pthread_cond_t wait;
    int done;
};

static void init_completion(struct completion *c) {
    pthread_mutex_init(&c->lock, NULL);
    pthread_cond_init(&c->wait, NULL);
    c->done = 0;
}
static void complete(struct completion *c) {
    pthread_mutex_lock(&c->lock);
    c->done = 1;
    pthread_cond_broadcast(&c->wait);
    pthread_mutex_unlock(&c->lock);
}
static void wait_for_completion(struct completion *c) {
    pthread_mutex_lock(&c->lock);
    while (!c->done) pthread_cond_wait(&c->wait, &c->lock);
    pthread_mutex_unlock(&c->lock);
}

struct bt_dev {
    struct completion fw_done;
    unsigned fw_size;
    unsigned fw_build;
    unsigned char fw_hdr[8];
};

static struct bt_dev btd;

static void *fw_loader(void *arg) {
    struct bt_dev *b = arg;
    usleep(100);
    b->fw_size = 4096;
    b->fw_build = 1207;
    for (int i = 0; i < 8; i++) b->fw_hdr[i] = (unsigned char)(0xa0 + i);
    complete(&b->fw_done);
    return NULL;
}

static int bt_probe(struct bt_dev *b) {
    pthread_t ld;
    init_completion(&b->fw_done);
    pthread_create(&ld, NULL, fw_loader, b);
    wait_for_completion(&b->fw_done);
    int ok = b->fw_size > 0 && b->fw_hdr[0] == 0xa0;
    printf("fw build %u ok=%d\n", b->fw_build, ok);
    pthread_join(ld, NULL);
    return ok ? 0 : -1;
}

int main(void) { return bt_probe(&btd); }
