/* free: main's local struct is passed to a thread that writes `result`;
   main writes `state` (a different field) before joining, and reads result
   after joining. */
#include <pthread.h>
struct job { int state; int result; };
static void *t(void *a) { struct job *j = a; j->result = 9; return 0; }
int main(void) {
    struct job job = { 0, 0 };
    pthread_t th;
    pthread_create(&th, 0, t, &job);
    job.state = 1;
    pthread_join(th, 0);
    return job.result + job.state;
}
