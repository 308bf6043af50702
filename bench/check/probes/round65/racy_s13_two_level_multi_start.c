/* TRUTH: racy — main starts v early; v starts w; main later starts w too; w starts leaf, and main starts leaf too after writing knob; the early v->w->leaf chain may read knob concurrently with the write */
#include <pthread.h>
static int knob;
static int out[3];
static void *leaf(void *arg) { out[(long)arg] = knob; return NULL; }
static void *w_fn(void *arg)
{
    pthread_t t;
    pthread_create(&t, NULL, leaf, arg);
    pthread_join(t, NULL);
    return NULL;
}
static void *v_fn(void *arg)
{
    (void)arg;
    pthread_t t;
    pthread_create(&t, NULL, w_fn, (void *)0L);
    pthread_join(t, NULL);
    return NULL;
}
int main(void)
{
    pthread_t v, w, l;
    pthread_create(&v, NULL, v_fn, NULL);
    knob = 5;
    pthread_create(&w, NULL, w_fn, (void *)1L);
    pthread_create(&l, NULL, leaf, (void *)2L);
    pthread_join(v, NULL);
    pthread_join(w, NULL);
    pthread_join(l, NULL);
    return out[0] + out[1] + out[2];
}
