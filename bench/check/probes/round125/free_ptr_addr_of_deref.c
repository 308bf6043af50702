/* TRUTH: free — open_dev() returns &(*gp) == gp == NULL, so the != NULL branch (x = 2 while w runs) never executes; the else branch joins w first */
#include <pthread.h>
#include <stddef.h>
static pthread_t t;
static int x;
static int *gp;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int *open_dev(void)
{
    pthread_create(&t, NULL, w, NULL);
    return &(*gp);
}
int main(void)
{
    if (open_dev() != NULL) {
        x = 2;
    } else {
        pthread_join(t, NULL);
        x = 3;
    }
    return 0;
}
