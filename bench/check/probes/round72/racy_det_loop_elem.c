/* TRUTH: racy — every element is detached in a loop; the join loop waits for nothing, main reads out[] */
#include <pthread.h>
int out[3];
static void *w(void *a) { out[(long)a] = 1; return 0; }
int main(void) {
    pthread_t t[3];
    int s = 0;
    for (long i = 0; i < 3; i++) pthread_create(&t[i], 0, w, (void *)i);
    for (int i = 0; i < 3; i++) pthread_detach(t[i]);
    for (int i = 0; i < 3; i++) pthread_join(t[i], 0); /* UB: glibc returns EINVAL */
    for (int i = 0; i < 3; i++) s += out[i];
    return s;
}
