/* TRUTH: racy. Workers are started with roles 0, 1 and 1 (the third by mistake again 1);
   role 1 appends to log_buf[log_len++] without a lock, so the two role-1 workers race on
   log_len and the buffer. */
#include <pthread.h>
#include <stdio.h>

enum role { ROLE_SCAN = 0, ROLE_LOG = 1 };

static int log_buf[16];
static int log_len;
static int scanned;

static void *run(void *arg)
{
    switch ((enum role)(long)arg) {
    case ROLE_SCAN:
        scanned = 1;
        break;
    case ROLE_LOG:
        log_buf[log_len++] = 7;
        break;
    default:
        return NULL;
    }
    return NULL;
}

int main(void)
{
    static const int roles[3] = {ROLE_SCAN, ROLE_LOG, ROLE_LOG};
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, run, (void *)(long)roles[i]);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", log_len, scanned);
    return 0;
}
