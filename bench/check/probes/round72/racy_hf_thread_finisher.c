/* TRUTH: racy — a helper thread calls finish(&a); main reads a.result without joining the helper */
#include <pthread.h>
struct worker { pthread_t t; int result; };
static struct worker a;
static void finish(struct worker *w) { pthread_join(w->t, 0); }
static void *work(void *arg) { struct worker *w = arg; w->result = 1; return 0; }
static void *closer(void *arg) { (void)arg; finish(&a); return 0; }
int main(void) {
    pthread_t c;
    pthread_create(&a.t, 0, work, &a);
    pthread_create(&c, 0, closer, 0);
    int r = a.result;
    pthread_join(c, 0);
    return r;
}
