/* TRUTH: racy — probe(1) calls probe(0), which starts w, then returns -1; main's -1 branch writes x while w runs */
#include <pthread.h>
#include <stddef.h>
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(int n)
{
    if (n > 0) {
        probe(n - 1);
        return -1;
    }
    pthread_create(&t, NULL, w, NULL);
    return 0;
}
int main(void)
{
    if (probe(1) != 0)
        x = 2;
    pthread_join(t, NULL);
    return 0;
}
