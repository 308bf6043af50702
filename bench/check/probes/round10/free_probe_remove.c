/* free: probe() runs to completion (joined) before remove() thread is created. */
#include <pthread.h>
#include <stddef.h>
struct pdev { int ready; int irq; pthread_mutex_t lock; };
struct driver { int (*probe)(struct pdev *); void (*remove)(struct pdev *); };
static int my_probe(struct pdev *p) { p->irq = 5; p->ready = 1; return 0; }
static void my_remove(struct pdev *p) { pthread_mutex_lock(&p->lock); p->ready = 0; pthread_mutex_unlock(&p->lock); }
static struct driver drv = { .probe = my_probe, .remove = my_remove };
static struct pdev pd = { 0, 0, PTHREAD_MUTEX_INITIALIZER };
static void *probe_th(void *a) { (void)a; drv.probe(&pd); return NULL; }
static void *remove_th(void *a) { (void)a; drv.remove(&pd); return NULL; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, probe_th, NULL);
    pthread_join(a, NULL);
    pthread_create(&b, NULL, remove_th, NULL);
    pthread_join(b, NULL);
    return 0;
}
