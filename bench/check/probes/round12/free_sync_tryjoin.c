// free: main reads res only after pthread_tryjoin_np returned 0 (the thread was joined).
#define _GNU_SOURCE
#include <pthread.h>
static int res;
static void *w(void *a) { (void)a; res = 7; return NULL; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, w, NULL);
    while (pthread_tryjoin_np(t, NULL) != 0)
        ;
    return res;
}
