/* TRUTH: racy — both creates start fns[1] (wb), so two instances of wb write y concurrently. */
#include <pthread.h>
int x, y;
void *wa(void *a) { x = 1; return 0; }
void *wb(void *a) { y = 1; return 0; }
void *(*fns[2])(void *) = { wa, wb };
int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], 0, fns[1], 0);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
    return x + y;
}
