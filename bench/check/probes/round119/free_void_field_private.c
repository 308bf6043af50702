/* TRUTH: free — each worker's job.buf (a void *) points at its own stack buffer; write() reads only that buffer, main only touches g_jobs_done under the lock */
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct job {
    void *buf;
    size_t len;
    int fd;
};

static pthread_mutex_t done_lock = PTHREAD_MUTEX_INITIALIZER;
static int g_jobs_done;
static char g_banner[32] = "srv v1";

static void run_job(struct job *j)
{
    if (write(j->fd, j->buf, j->len) < 0)
        perror("write");
}

static void *worker(void *arg)
{
    (void)arg;
    char local[32];
    struct job j = { local, sizeof local, open("/dev/null", O_WRONLY) };
    if (j.fd < 0)
        return NULL;
    for (int i = 0; i < 60; i++) {
        memset(local, 'a' + i % 26, sizeof local);
        run_job(&j);
        pthread_mutex_lock(&done_lock);
        g_jobs_done++;
        pthread_mutex_unlock(&done_lock);
        usleep(200);
    }
    close(j.fd);
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (int k = 0; k < 2; k++)
        pthread_create(&t[k], NULL, worker, NULL);
    for (int i = 0; i < 60; i++) {
        g_banner[4] = (char)('0' + i % 10);
        pthread_mutex_lock(&done_lock);
        int d = g_jobs_done;
        pthread_mutex_unlock(&done_lock);
        (void)d;
        usleep(200);
    }
    for (int k = 0; k < 2; k++)
        pthread_join(t[k], NULL);
    printf("%s %d\n", g_banner, g_jobs_done);
    return 0;
}
