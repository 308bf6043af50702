/* TRUTH: racy — probe() starts w and returns -1; `probe() < 0u` is an unsigned comparison (-1 becomes UINT_MAX), false, so main writes x in the else branch while w writes x */
#include <pthread.h>
#include <stddef.h>
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(void)
{
    pthread_create(&t, NULL, w, NULL);
    return -1;
}
int main(void)
{
    if (probe() < 0u) {
        pthread_join(t, NULL);
    } else {
        x = 2;
        pthread_join(t, NULL);
    }
    return 0;
}
