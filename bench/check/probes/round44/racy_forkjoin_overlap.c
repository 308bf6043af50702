/* TRUTH: racy — slices are computed with hi inclusive, so the boundary element is written by two neighbouring threads */
#include <pthread.h>
#define LEN 100
#define NT 4
static int data[LEN + 1];
struct range { int lo, hi; };
static void *inc(void *arg) {
    struct range *r = arg;
    for (int i = r->lo; i <= r->hi; i++) data[i] += 1;
    return NULL;
}
int main(void) {
    pthread_t t[NT];
    struct range rs[NT];
    for (int i = 0; i < NT; i++) {
        rs[i].lo = i * (LEN / NT);
        rs[i].hi = (i + 1) * (LEN / NT);
        pthread_create(&t[i], NULL, inc, &rs[i]);
    }
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    return data[25];
}
