/* TRUTH: racy — the irq thread writes d->r.status through the thread argument copied into a struct field, while main copies the whole device struct with '=' */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct regs { int ctrl; int status; };
struct dev { struct regs r; int id; };
static struct dev gdev;

struct irq_ctx { void *dev_id; };

static void *irq_thread(void *arg)
{
    struct irq_ctx c;
    c.dev_id = arg;
    struct dev *d = c.dev_id;
    for (int i = 0; i < 40; i++) {
        d->r.status = i;
        usleep(250);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, irq_thread, &gdev);
    struct dev copy = { { 0, 0 }, 0 };
    long s = 0;
    for (int i = 0; i < 40; i++) {
        copy = gdev;
        s += copy.r.status;
        usleep(250);
    }
    pthread_join(t, NULL);
    printf("%ld\n", s);
    return 0;
}
