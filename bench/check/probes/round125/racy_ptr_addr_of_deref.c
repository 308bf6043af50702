/* TRUTH: racy — gp stays NULL and &(*gp) is gp itself (C11 6.5.3.2), so open_dev() returns NULL after starting w; the == NULL branch writes x while w runs */
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
    if (open_dev() == NULL) {
        x = 2;
        pthread_join(t, NULL);
    } else {
        pthread_join(t, NULL);
    }
    return 0;
}
