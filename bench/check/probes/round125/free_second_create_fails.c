/* TRUTH: free — a failed second create joins w1 before returning -1; on success main joins both before x = 3; the first create's failure started nothing */
#include <pthread.h>
#include <stddef.h>
static pthread_t t1, t2;
static int x;
static void *w1(void *a) { (void)a; x = 1; return NULL; }
static void *w2(void *a) { (void)a; return NULL; }
static int probe(void)
{
    if (pthread_create(&t1, NULL, w1, NULL) != 0)
        return -1;
    if (pthread_create(&t2, NULL, w2, NULL) != 0) {
        pthread_join(t1, NULL);
        return -1;
    }
    return 0;
}
int main(void)
{
    if (probe() != 0) {
        x = 2;
        return 1;
    }
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    x = 3;
    return 0;
}
