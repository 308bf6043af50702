/* TRUTH: free — each worker squares a disjoint slice [lo,hi) of data; main touches data only before create and after join */
#include <pthread.h>
#include <stdlib.h>
#define LEN 1000
#define NT 4
static double data[LEN];
struct range { int lo, hi; };
static void *square(void *arg) {
    struct range *r = arg;
    for (int i = r->lo; i < r->hi; i++) data[i] = data[i] * data[i];
    return NULL;
}
int main(void) {
    for (int i = 0; i < LEN; i++) data[i] = rand() % 100;
    pthread_t t[NT];
    struct range rs[NT];
    int chunk = LEN / NT;
    for (int i = 0; i < NT; i++) {
        rs[i].lo = i * chunk;
        rs[i].hi = (i == NT - 1) ? LEN : (i + 1) * chunk;
        pthread_create(&t[i], NULL, square, &rs[i]);
    }
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    double s = 0;
    for (int i = 0; i < LEN; i++) s += data[i];
    return s > 0;
}
