/* TRUTH: racy — the thread prints p->name with fputs (a library read through const char *) while main overwrites the first byte of the same name */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct dev { int id; char name[32]; };
static struct dev d0 = { 1, "sda\n" };

static void show(const char *s)
{
    fputs(s, stdout);
}

static void *worker(void *arg)
{
    struct dev *p = arg;
    usleep(2000);
    show(p->name);
    return NULL;
}

int main(void)
{
    pthread_t a;
    pthread_create(&a, NULL, worker, &d0);
    d0.name[0] = 'S';
    usleep(10000);
    pthread_join(a, NULL);
    return 0;
}
