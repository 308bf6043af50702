/* TRUTH: free — ok() returns (_Bool)2 == 1, never 2, so x = 2 (while w runs) never executes; the else branch joins w first */
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
    if (ok() == 2) {
        x = 2;
    } else {
        pthread_join(t, NULL);
        x = 3;
    }
    return 0;
}
