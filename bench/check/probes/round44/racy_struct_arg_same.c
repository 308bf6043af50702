/* TRUTH: racy — every thread is handed the same struct and writes its ->result field */
#include <pthread.h>
#define NT 3
struct ctx { int id; long result; };
static void *work(void *arg) {
    struct ctx *c = arg;
    long acc = 0;
    for (int i = 0; i < 100; i++) acc += i;
    c->result = acc;
    return NULL;
}
int main(void) {
    struct ctx shared = {0, 0};
    pthread_t th[NT];
    for (int i = 0; i < NT; i++) pthread_create(&th[i], NULL, work, &shared);
    for (int i = 0; i < NT; i++) pthread_join(th[i], NULL);
    return (int)shared.result;
}
