/* TRUTH: free — g()'s block-scope `static int hits` hides the file-scope `hits`; t1 writes the global hits, t2 (via g) writes g's static hits: two different objects. */
#include <pthread.h>
int hits;
void g(void) { static int hits; hits++; }
void *t1(void *p) { hits++; return 0; }
void *t2(void *p) { g(); return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return hits;
}
