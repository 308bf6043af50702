/* TRUTH: racy. In exec_op(), OP_ADD takes vm_lock and falls through into OP_ADD_NOLOCK; an OP_ADD_NOLOCK opcode enters that case directly and executes 'vm.acc += arg' / 'vm.steps++' without the lock, while the other interpreter thread executes OP_ADD under vm_lock on the same vm. The unlock at the end is guarded by 'held'. */
#include <pthread.h>
#include <stdio.h>

enum opcode { OP_NOP, OP_ADD, OP_ADD_NOLOCK, OP_HALT };

struct vm {
    long acc;
    long steps;
};

static struct vm vm;
static pthread_mutex_t vm_lock = PTHREAD_MUTEX_INITIALIZER;

static int exec_op(enum opcode op, long arg)
{
    int held = 0;
    switch (op) {
    case OP_NOP:
        return 1;
    case OP_ADD:
        pthread_mutex_lock(&vm_lock);
        held = 1;
        /* fall through */
    case OP_ADD_NOLOCK:
        vm.acc += arg;
        vm.steps++;
        break;
    case OP_HALT:
        return 0;
    }
    if (held)
        pthread_mutex_unlock(&vm_lock);
    return 1;
}

struct program {
    const enum opcode *code;
    int len;
};

static void *interp(void *p)
{
    const struct program *prog = p;
    for (int pc = 0; pc < prog->len; pc++)
        if (!exec_op(prog->code[pc], pc + 1))
            break;
    return NULL;
}

static const enum opcode code_a[] = { OP_ADD, OP_ADD, OP_NOP, OP_ADD, OP_HALT };
static const enum opcode code_b[] = { OP_NOP, OP_ADD_NOLOCK, OP_ADD_NOLOCK, OP_HALT };

int main(void)
{
    pthread_t ta, tb;
    static const struct program pa = { code_a, 5 }, pb = { code_b, 4 };
    pthread_create(&ta, NULL, interp, (void *)&pa);
    pthread_create(&tb, NULL, interp, (void *)&pb);
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);
    printf("acc %ld steps %ld\n", vm.acc, vm.steps);
    return 0;
}
