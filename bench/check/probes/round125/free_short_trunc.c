/* TRUTH: free — probe() returns (short)65536 == 0, so `!= 0` is never taken; the else branch joins w before x = 3 */
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
    if (probe() != 0) {
        x = 2;
    } else {
        pthread_join(t, NULL);
        x = 3;
    }
    return 0;
}
