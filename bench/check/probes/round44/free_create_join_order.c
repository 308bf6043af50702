/* TRUTH: free — main writes g before create, thread writes g, main reads g after join: all ordered by create/join */
#include <pthread.h>
static int g;
static void *t(void *a) { (void)a; g = g * 2 + 1; return NULL; }
int main(void) {
    pthread_t th;
    g = 20;
    pthread_create(&th, NULL, t, NULL);
    pthread_join(th, NULL);
    g += 1;
    pthread_create(&th, NULL, t, NULL);
    pthread_join(th, NULL);
    return g;
}
