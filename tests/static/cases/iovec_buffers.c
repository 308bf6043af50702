// writev() and sendmsg() read the buffers their iovecs point at; which buffers is not
// followed, so they are bytes that may be any object whose address is taken (possible races,
// shown with --type-matches). (readv() and recvmsg() write them, and make the analysis
// incomplete besides.) Before, writev's read of msg through iov[0].iov_base was no access,
// and the program was proved race-free.
#include <fcntl.h>
#include <pthread.h>
#include <sys/uio.h>
#include <unistd.h>

static char msg[16] = "hello\n";

static void *worker(void *arg)
{
    (void)arg;
    msg[0] = 'H'; // RACE (possible)
    return NULL;
}

int main(void)
{
    pthread_t a;
    int fd = open("/dev/null", O_WRONLY);
    struct iovec iov[2] = { { msg, 6 }, { (void *)"--\n", 3 } };
    pthread_create(&a, NULL, worker, NULL);
    ssize_t r = writev(fd, iov, 2); // RACE (possible)
    pthread_join(a, NULL);
    close(fd);
    return (int)r;
}
