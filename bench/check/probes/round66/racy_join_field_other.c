/* TRUTH: racy — each pass joins a side job's F thread through a helper, never the T it started; the four T run at once */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
struct job { pthread_t th; };
static struct job jobs[4], side[4];
int g;
static void *T(void *arg) { (void)arg; g++; usleep(2000); return NULL; }
static void *F(void *arg) { (void)arg; return NULL; }
static void start_job(struct job *j, void *(*fn)(void *)) { pthread_create(&j->th, NULL, fn, NULL); }
static void wait_job(struct job *j) { pthread_join(j->th, NULL); }
int main(void)
{
    for (int i = 0; i < 4; i++)
        start_job(&side[i], F);
    for (int i = 0; i < 4; i++) {
        start_job(&jobs[i], T);
        wait_job(&side[i]);
    }
    for (int i = 0; i < 4; i++)
        wait_job(&jobs[i]);
    printf("done\n");
    return 0;
}
