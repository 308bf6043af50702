/* racy: a detached thread writes `status`; main reads it after sleeping,
   but there is no synchronization. */
#include <pthread.h>
#include <unistd.h>
static int status;
static void *bg(void *a) { (void)a; status = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_attr_t at;
    pthread_attr_init(&at);
    pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
    pthread_create(&t, &at, bg, 0);
    usleep(1000);
    int s = status;
    pthread_exit((void *)(long)s);
}
