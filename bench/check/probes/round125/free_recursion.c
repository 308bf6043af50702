/* TRUTH: free — probe(1) joins the w that probe(0) started before returning -1; probe(0) alone is never called by main */
#include <pthread.h>
#include <stddef.h>
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int probe(int n)
{
    if (n > 0) {
        probe(n - 1);
        pthread_join(t, NULL);
        return -1;
    }
    pthread_create(&t, NULL, w, NULL);
    return 0;
}
int main(void)
{
    if (probe(1) != 0)
        x = 2;
    else {
        pthread_join(t, NULL);
        x = 3;
    }
    return 0;
}
