/* TRUTH: racy — a is joined only when argc > 1; b is always joined; main then writes ga, which thread a writes, unjoined when argc == 1 */
#include <pthread.h>
static int ga, gb;
static void *fa(void *arg) { (void)arg; ga = 1; return NULL; }
static void *fb(void *arg) { (void)arg; gb = 1; return NULL; }
int main(int argc, char **argv)
{
    (void)argv;
    pthread_t a, b;
    pthread_create(&a, NULL, fa, NULL);
    pthread_create(&b, NULL, fb, NULL);
    if (argc > 1)
        pthread_join(a, NULL);
    pthread_join(b, NULL);
    ga = 2;
    gb = 2;
    if (argc <= 1)
        pthread_join(a, NULL);
    return ga + gb;
}
