/* TRUTH: free — producer fills a malloc'd frame, publishes the pointer under the mutex; consumer takes the pointer under the mutex and then owns the frame */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
struct frame { int w, h; unsigned char px[64]; };
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static struct frame *mailbox;
static int finished;
static void *camera(void *a) {
    (void)a;
    for (int n = 0; n < 5; n++) {
        struct frame *f = malloc(sizeof *f);
        f->w = 8; f->h = 8;
        memset(f->px, n, sizeof f->px);
        pthread_mutex_lock(&m);
        while (mailbox) pthread_cond_wait(&cv, &m);
        mailbox = f;
        pthread_cond_broadcast(&cv);
        pthread_mutex_unlock(&m);
    }
    pthread_mutex_lock(&m);
    finished = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}
static void *encoder(void *a) {
    long *bytes = a;
    for (;;) {
        pthread_mutex_lock(&m);
        while (!mailbox && !finished) pthread_cond_wait(&cv, &m);
        struct frame *f = mailbox;
        mailbox = NULL;
        pthread_cond_broadcast(&cv);
        pthread_mutex_unlock(&m);
        if (!f) break;
        for (int i = 0; i < f->w * f->h; i++) f->px[i] ^= 0x5a;
        *bytes += f->w * f->h;
        free(f);
    }
    return NULL;
}
int main(void) {
    long bytes = 0;
    pthread_t c, e;
    pthread_create(&e, NULL, encoder, &bytes);
    pthread_create(&c, NULL, camera, NULL);
    pthread_join(c, NULL);
    pthread_join(e, NULL);
    return bytes == 320 ? 0 : 1;
}
