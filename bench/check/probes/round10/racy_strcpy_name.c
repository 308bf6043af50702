/* racy: two threads strcpy different names into the same global char array. */
#include <pthread.h>
#include <string.h>
static char name[32];
static void *t(void *x) { strcpy(name, (const char *)x); return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, "alpha");
    pthread_create(&q, 0, t, "beta");
    pthread_join(p, 0);
    pthread_join(q, 0);
    return name[0];
}
