/* TRUTH: free — REF(gp) is gp == NULL, so the != NULL branch never runs; the other path joins w before x = 3 */
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
    if (open_dev() != NULL) {
        x = 2;
        return 0;
    }
    pthread_join(t, NULL);
    x = 3;
    return 0;
}
