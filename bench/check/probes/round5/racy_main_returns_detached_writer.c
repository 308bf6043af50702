/* TRUTH: racy - main returns (calling exit) without joining; exit's teardown aside, main's write of status after create races the worker's write */
#include <pthread.h>
static int status;
static void *worker(void *arg) { (void)arg; status = 2; return NULL; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    status = 1;
    return 0;
}
