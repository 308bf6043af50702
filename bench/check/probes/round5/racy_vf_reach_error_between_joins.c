/* TRUTH: racy - main checks x + y after joining only a; thread b may still be writing y */
#include <pthread.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
static int x, y;
static void *tx(void *arg) { (void)arg; x = 1; return NULL; }
static void *ty(void *arg) { (void)arg; y = 2; return NULL; }
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, tx, NULL);
    pthread_create(&b, NULL, ty, NULL);
    pthread_join(a, NULL);
    if (x + y > 3)
        reach_error();
    pthread_join(b, NULL);
    return 0;
}
