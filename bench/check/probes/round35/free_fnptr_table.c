/* TRUTH: free — fns = {wa, wb}; fns[0] (wa) writes x, fns[1] (wb) writes y; each started once; main reads after joins. */
#include <pthread.h>
int x, y;
void *wa(void *a) { x = 1; return 0; }
void *wb(void *a) { y = 1; return 0; }
void *(*fns[2])(void *) = { wa, wb };
int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], 0, fns[i], 0);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
    return x + y;
}
