/* TRUTH: racy — a _Bool result of 2 is 1; ok() started w and returns 1, so the == 1 branch writes x while w runs */
#include <pthread.h>
#include <stddef.h>
static pthread_t t;
static int x;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static _Bool ok(void)
{
    pthread_create(&t, NULL, w, NULL);
    return 2;
}
int main(void)
{
    if (ok() == 1) {
        x = 2;
    }
    pthread_join(t, NULL);
    return 0;
}
