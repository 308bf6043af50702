/* TRUTH: free — `probe() < 0u` compares unsigned and is never true, so x = 2 (while w runs) never executes; the else branch joins w before writing x */
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
        x = 2;
    } else {
        pthread_join(t, NULL);
        x = 3;
    }
    return 0;
}
