/* TRUTH: racy — REF(gp) expands to &*(gp) == gp == NULL; open_dev() returns NULL after starting w, so the == NULL branch writes x while w runs */
#include <pthread.h>
#include <stddef.h>
#define REF(p) (&*(p))
static pthread_t t;
static int x;
static int *gp;
static void *w(void *a) { (void)a; x = 1; return NULL; }
static int *open_dev(void)
{
    pthread_create(&t, NULL, w, NULL);
    return REF(gp);
}
int main(void)
{
    if (open_dev() == NULL)
        x = 2;
    pthread_join(t, NULL);
    return 0;
}
