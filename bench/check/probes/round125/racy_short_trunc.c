/* TRUTH: racy — probe() returns (short)65536 == 0 after starting w, so the == 0 branch writes x while w runs */
#include <pthread.h>
#include <stddef.h>
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static short probe(void)
{
    pthread_create(&t, NULL, w, NULL);
    return 65536;
}
int main(void)
{
    if (probe() == 0) {
        x = 2;
        pthread_join(t, NULL);
    } else {
        pthread_join(t, NULL);
    }
    return 0;
}
