/* TRUTH: free — double-checked locking with an _Atomic pointer: acquire load fast path, release store after full init under mutex */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
typedef struct { int width, height; char *name; } settings_t;
static _Atomic(settings_t *) instance;
static pthread_mutex_t init_m = PTHREAD_MUTEX_INITIALIZER;
static settings_t *get_settings(void) {
    settings_t *s = atomic_load_explicit(&instance, memory_order_acquire);
    if (!s) {
        pthread_mutex_lock(&init_m);
        s = atomic_load_explicit(&instance, memory_order_relaxed);
        if (!s) {
            s = malloc(sizeof *s);
            s->width = 640;
            s->height = 480;
            s->name = "default";
            atomic_store_explicit(&instance, s, memory_order_release);
        }
        pthread_mutex_unlock(&init_m);
    }
    return s;
}
static void *user(void *a) {
    (void)a;
    settings_t *s = get_settings();
    return (void *)(long)(s->width * s->height + s->name[0]);
}
int main(void) {
    pthread_t t[4];
    for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, user, NULL);
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    return 0;
}
