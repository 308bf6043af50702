/* TRUTH: racy — writev reads the bytes behind iov_base (msg) while the worker rewrites msg[0]; the buffer is reached only through the struct iovec */
#include <pthread.h>
#include <stdio.h>
#include <sys/uio.h>
#include <unistd.h>

static char msg[16] = "hello\n";

static void *worker(void *arg)
{
    (void)arg;
    usleep(2000);
    msg[0] = 'H';
    return NULL;
}

int main(void)
{
    pthread_t a;
    struct iovec iov[2] = { { msg, 6 }, { (void *)"--\n", 3 } };
    pthread_create(&a, NULL, worker, NULL);
    ssize_t r = writev(STDOUT_FILENO, iov, 2);
    (void)r;
    usleep(10000);
    pthread_join(a, NULL);
    return 0;
}
