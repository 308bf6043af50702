/* TRUTH: racy — kref_get takes dev->ref_lock but the hand-rolled kref_put decrements dev->refcount without it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct kref { int refcount; };

struct cam_dev {
    pthread_mutex_t ref_lock;
    struct kref ref;
    int streaming;
};

static struct cam_dev cam = { PTHREAD_MUTEX_INITIALIZER, { 1 }, 0 };

static void cam_release(struct cam_dev *c) { c->streaming = -1; }

static void cam_get(struct cam_dev *c) {
    pthread_mutex_lock(&c->ref_lock);
    c->ref.refcount++;
    pthread_mutex_unlock(&c->ref_lock);
}

static void cam_put(struct cam_dev *c) {
    /* "decrement is a single instruction, no lock needed" */
    if (--c->ref.refcount == 0)
        cam_release(c);
}

static int cam_open(struct cam_dev *c)    { cam_get(c); return 0; }
static int cam_close(struct cam_dev *c)   { usleep(100); cam_put(c); return 0; }

static void *v4l_client(void *arg) {
    struct cam_dev *c = arg;
    for (int i = 0; i < 5; i++) { cam_open(c); usleep(50); cam_close(c); }
    return NULL;
}

int main(void) {
    pthread_t t[2];
    for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, v4l_client, &cam);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    printf("ref=%d\n", cam.ref.refcount);
    return 0;
}
