/* TRUTH: racy — classic broken double-checked locking: the first check reads the plain pointer outside the mutex while another thread writes it */
#include <pthread.h>
#include <stdlib.h>
typedef struct { int width, height; } settings_t;
static settings_t *instance;
static pthread_mutex_t init_m = PTHREAD_MUTEX_INITIALIZER;
static settings_t *get_settings(void) {
    if (!instance) {
        pthread_mutex_lock(&init_m);
        if (!instance) {
            settings_t *s = malloc(sizeof *s);
            s->width = 640;
            s->height = 480;
            instance = s;
        }
        pthread_mutex_unlock(&init_m);
    }
    return instance;
}
static void *user(void *a) {
    (void)a;
    settings_t *s = get_settings();
    return (void *)(long)(s->width * s->height);
}
int main(void) {
    pthread_t t[2];
    for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, user, NULL);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    return 0;
}
