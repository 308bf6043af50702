/* racy: worker recovers the enclosing struct from the member pointer it is given
   ((struct job *)((char *)b - offsetof(...))) and writes result, while main writes it. */
#include <pthread.h>
#include <stddef.h>
struct base { int kind; };
struct job { int result; struct base b; };
static struct job J;
static void *worker(void *arg) {
    struct base *b = arg;
    struct job *j = (struct job *)((char *)b - offsetof(struct job, b));
    j->result = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, &J.b);
    J.result = 2;
    pthread_join(t, 0);
    return J.result;
}
